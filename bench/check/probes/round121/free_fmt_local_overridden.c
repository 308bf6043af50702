/* TRUTH: free — fmt is first "%s%n\n" but is overwritten with "%s @%p\n" before any use, so printf only prints the address of seen; only the scanner thread writes seen until join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int seen;

static void *scanner(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        seen++;
        usleep(100);
    }
    return NULL;
}

static void *printer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        const char *fmt = "%s%n\n";
        fmt = "%s @%p\n";
        printf(fmt, "seen", (void *)&seen);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, scanner, NULL);
    pthread_create(&b, NULL, printer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", seen);
    return 0;
}
