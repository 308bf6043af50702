/* TRUTH: free — main reads optind (line 21) only after joining the worker whose getopt (line 11) writes it */
#include <pthread.h>
#include <unistd.h>
static int ac;
static char **av;
static int seen;
static void *a(void *x)
{
    int c;
    (void)x;
    while ((c = getopt(ac, av, "a")) != -1)
        seen++;
    return 0;
}
int main(int argc, char **argv)
{
    pthread_t th;
    ac = argc; av = argv;
    pthread_create(&th, 0, a, 0);
    pthread_join(th, 0);
    int i = optind;
    return i + seen;
}
