/* TRUTH: racy — both formats of the '?:' contain %n, so fprintf writes 'col' while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int col;
static int verbose = 1;

static void *logger(void *arg)
{
    (void)arg;
    FILE *f = fopen("/dev/null", "w");
    if (!f)
        return NULL;
    for (int i = 0; i < 40; i++) {
        fprintf(f, verbose ? "tick %d:%n\n" : "%d%n\n", i, &col);
        usleep(300);
    }
    fclose(f);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, logger, NULL);
    int s = 0;
    for (int i = 0; i < 40; i++) {
        s += col;
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%d\n", s);
    return 0;
}
