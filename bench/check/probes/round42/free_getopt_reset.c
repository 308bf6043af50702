/* TRUTH: free — main resets optind = 1 (line 19) only after joining the worker whose getopt (line 9) uses it */
#include <pthread.h>
#include <unistd.h>
static int ac;
static char **av;
static void *a(void *x)
{
    (void)x;
    while (getopt(ac, av, "a") != -1)
        ;
    return 0;
}
int main(int argc, char **argv)
{
    pthread_t th;
    ac = argc; av = argv;
    pthread_create(&th, 0, a, 0);
    pthread_join(th, 0);
    optind = 1;
    return 0;
}
