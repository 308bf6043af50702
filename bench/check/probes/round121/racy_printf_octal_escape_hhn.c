/* TRUTH: racy — "\045hhn" is %hhn written with an octal escape; fprintf stores the column count into the shared byte col, which the layout thread reads concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static signed char col;

static void *layout(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += col;
        usleep(100);
    }
    return NULL;
}

static void *writer(void *arg)
{
    FILE *out = arg;
    for (int i = 0; i < 200; i++) {
        fprintf(out, "row %d:\045hhn|\n", i, &col);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    FILE *out = fopen("/dev/null", "w");
    if (!out)
        return 1;
    pthread_t a, b;
    pthread_create(&a, NULL, layout, &acc);
    pthread_create(&b, NULL, writer, out);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    fclose(out);
    printf("%ld\n", acc);
    return 0;
}
