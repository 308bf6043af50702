/* TRUTH: race-free - C11: a thread starts a helper, thrd_joins it, and only then reads acc the helper wrote; main reads acc after joining the outer thread */
#include <threads.h>
static int acc;
static int helper(void *arg) { (void)arg; acc = 10; return 0; }
static int outer(void *arg)
{
    (void)arg;
    thrd_t h;
    thrd_create(&h, helper, NULL);
    thrd_join(h, NULL);
    acc += 5;
    return 0;
}
int main(void)
{
    thrd_t o;
    thrd_create(&o, outer, NULL);
    thrd_join(o, NULL);
    return acc == 15 ? 0 : 1;
}
