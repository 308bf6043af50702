// C11 <threads.h>: two thrd_create'd threads increment a shared counter with
// no mtx_t -> race.
#include <threads.h>
#include <stdio.h>
static int counter;
static int worker(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) counter++; return 0; }
int main(void) {
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
