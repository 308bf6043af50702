/* TRUTH: racy — fprintf's %hhn stores a byte count into the signed char 'mark' while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static signed char mark;

static void *printer(void *arg)
{
    (void)arg;
    FILE *f = fopen("/dev/null", "w");
    if (!f)
        return NULL;
    for (int i = 0; i < 40; i++) {
        fprintf(f, "row %d%hhn\n", i, &mark);
        usleep(250);
    }
    fclose(f);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, printer, NULL);
    int s = 0;
    for (int i = 0; i < 40; i++) {
        s += mark;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%d\n", s);
    return 0;
}
