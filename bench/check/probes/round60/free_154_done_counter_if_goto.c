/* TRUTH: free — two workers write res_a / res_b plainly then do RELEASE __atomic_add_fetch on done; main waits for done==2 with an if+goto on ACQUIRE loads; the value 2 is written by the second RMW, which continues the first RMW's release sequence, so main synchronizes with both workers and may plainly read the results and plainly read/reset done (workers never touch done again). */
#include <pthread.h>
#include <stdio.h>
static int done;
static int res_a, res_b;
static void *wa(void *arg) { res_a = 1; __atomic_add_fetch(&done, 1, __ATOMIC_RELEASE); return arg; }
static void *wb(void *arg) { res_b = 2; __atomic_add_fetch(&done, 1, __ATOMIC_RELEASE); return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, wa, NULL);
    pthread_create(&b, NULL, wb, NULL);
wait:
    if (__atomic_load_n(&done, __ATOMIC_ACQUIRE) != 2)
        goto wait;
    printf("%d %d %d\n", res_a, res_b, done);
    done = 0;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
