/* TRUTH: free — C11 call_once: init() writes cfg plainly exactly once and every call_once returns after it completed; threads only read cfg afterwards; main reads after thrd_join. */
#include <stdio.h>
#include <threads.h>
static once_flag flag = ONCE_FLAG_INIT;
static int cfg;
static int r[2];
static void init(void) { cfg = 99; }
static int work(void *arg) {
    int id = (int)(long)arg;
    call_once(&flag, init);
    r[id] = cfg;
    return 0;
}
int main(void) {
    thrd_t a, b;
    thrd_create(&a, work, (void *)0L);
    thrd_create(&b, work, (void *)1L);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d %d\n", r[0], r[1]);
    return 0;
}
