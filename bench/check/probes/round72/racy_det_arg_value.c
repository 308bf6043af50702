/* TRUTH: racy — the reaper thread gets t's value as its argument and detaches it; main joins the reaper, then t's join waits for nothing */
#include <pthread.h>
#include <stdint.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *reaper(void *a) { pthread_detach((pthread_t)(uintptr_t)a); return 0; }
int main(void) {
    pthread_t t, r;
    pthread_create(&t, 0, w, 0);
    pthread_create(&r, 0, reaper, (void *)(uintptr_t)t);
    pthread_join(r, 0);
    pthread_join(t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return res;
}
