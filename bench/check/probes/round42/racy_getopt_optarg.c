/* TRUTH: racy — the worker's getopt (line 9) writes optarg/optind while main reads optarg (line 18) concurrently */
#include <pthread.h>
#include <unistd.h>
static int ac;
static char **av;
static void *a(void *x)
{
    (void)x;
    while (getopt(ac, av, "a:") != -1)
        ;
    return 0;
}
int main(int argc, char **argv)
{
    pthread_t th;
    ac = argc; av = argv;
    pthread_create(&th, 0, a, 0);
    char *s = optarg;
    pthread_join(th, 0);
    return s != 0;
}
