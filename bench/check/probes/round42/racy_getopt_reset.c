/* TRUTH: racy — main writes optind = 1 (line 18) while the worker's getopt (line 9) reads and writes optind */
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
    optind = 1;
    pthread_join(th, 0);
    return 0;
}
