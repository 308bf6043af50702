/* TRUTH: racy — <err.h> is NOT included; the program's own static err() only prints and RETURNS, so both threads continue past `if (...) err(1, ...)` (which is taken) and increment shared without synchronization. */
#include <pthread.h>
#include <stdio.h>
static int failures;
static void err(int code, const char *msg) { fprintf(stderr, "%d %s\n", code, msg); }
static int shared;
static void *work(void *arg) {
    if (failures == 0)
        err(1, "warning only");
    for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
