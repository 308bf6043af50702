// C11 <threads.h>: the shared counter is incremented under one mtx_t -> race-free.
#include <threads.h>
#include <stdio.h>
static mtx_t m;
static int counter;
static int worker(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) { mtx_lock(&m); counter++; mtx_unlock(&m); } return 0; }
int main(void) {
    mtx_init(&m, mtx_plain);
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
