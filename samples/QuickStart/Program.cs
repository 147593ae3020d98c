Console.WriteLine("QuickStart: see README");
