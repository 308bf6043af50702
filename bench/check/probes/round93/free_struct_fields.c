// Two threads write different members of one struct (distinct memory locations) -> race-free.
#include <pthread.h>
#include <stdio.h>
struct val { int i; float f; };
static struct val u;
static void *wi(void *arg) { (void)arg; for (int k = 0; k < 1000; k++) u.i = k; return NULL; }
static void *wf(void *arg) { (void)arg; for (int k = 0; k < 1000; k++) u.f = (float)k; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, wi, NULL);
    pthread_create(&y, NULL, wf, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", u.i);
    return 0;
}
