// main's local escapes through a global pointer; the worker writes through it,
// main writes the local only after joining -> race-free.
#include <pthread.h>
#include <stdio.h>
static int *gp;
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 100; i++) *gp = i; return NULL; }
int main(void) {
    int local = 0;
    gp = &local;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    for (int i = 0; i < 100; i++) local = -i;
    printf("%d\n", local);
    return 0;
}
