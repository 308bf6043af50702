/* TRUTH: free — the reaper detaches the handle it is given, bg's; w (handle t) is joined normally */
#include <pthread.h>
#include <stdint.h>
int res;
static void *w(void *a) { (void)a; res = 1; return 0; }
static void *bg(void *a) { (void)a; return 0; }
static void *reaper(void *a) { pthread_detach((pthread_t)(uintptr_t)a); return 0; }
int main(void) {
    pthread_t t, b, r;
    pthread_create(&b, 0, bg, 0);
    pthread_create(&t, 0, w, 0);
    pthread_create(&r, 0, reaper, (void *)(uintptr_t)b);
    pthread_join(r, 0);
    pthread_join(t, 0);
    return res;
}
