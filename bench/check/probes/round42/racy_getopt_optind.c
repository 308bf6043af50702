/* TRUTH: racy — the worker's getopt (line 11) writes optind while main reads optind (line 20) concurrently */
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
    int i = optind;
    pthread_join(th, 0);
    return i + seen;
}
