// main's local escapes through a global pointer; a worker writes through it
// while main writes the local directly -> race on main's local.
#include <pthread.h>
#include <stdio.h>
static int *gp;
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 100; i++) *gp = i; return NULL; }
int main(void) {
    int local = 0;
    gp = &local;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 100; i++) local = -i;
    pthread_join(t, NULL);
    printf("%d\n", local);
    return 0;
}
