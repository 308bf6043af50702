/* TRUTH: racy — the argument is (void *)(uintptr_t)&x; w writes *(int *)a (x) while main writes x = 1 after the create. */
#include <pthread.h>
#include <stdint.h>
void *w(void *a) { *(int *)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    pthread_create(&t, 0, w, (void *)(uintptr_t)&x);
    x = 1;
    pthread_join(t, 0);
    return x;
}
