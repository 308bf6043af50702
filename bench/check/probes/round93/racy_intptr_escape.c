// main's local escapes as an integer (uintptr_t) in a global; the worker casts
// it back and writes through it while main writes the local -> race.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
static uintptr_t gaddr;
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 100; i++) *(int *)gaddr = i; return NULL; }
int main(void) {
    int local = 0;
    gaddr = (uintptr_t)&local;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 100; i++) local = -i;
    pthread_join(t, NULL);
    printf("%d\n", local);
    return 0;
}
