/* TRUTH: racy — main writes mode after pthread_create; the thread reads mode concurrently */
#include <pthread.h>
#include <stdio.h>
static int mode;
static void *t(void *a) {
    (void)a;
    if (mode == 1) puts("fast");
    else puts("slow");
    return NULL;
}
int main(void) {
    pthread_t th;
    mode = 0;
    pthread_create(&th, NULL, t, NULL);
    mode = 1;
    pthread_join(th, NULL);
    return 0;
}
