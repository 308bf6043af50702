/* TRUTH: racy. set() writes cfg; called before the label and again on the second pass, while getter (started once, on the goto path) reads cfg. */
#include <pthread.h>
int cfg;
void *getter(void *a) { return (void *)(long)cfg; }
static void set(int v) { cfg = v; }
int main(void) {
    pthread_t t;
    int tries = 0;
    set(1);
retry:
    set(1);
    if (tries++ < 1) {
        pthread_create(&t, 0, getter, 0);
        goto retry;
    }
    pthread_join(t, 0);
    return 0;
}
