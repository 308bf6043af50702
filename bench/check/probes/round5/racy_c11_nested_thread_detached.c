/* TRUTH: racy - the outer thread detaches its helper; main joins only the outer thread and then writes acc, which the helper may still be writing */
#include <threads.h>
static int acc;
static int helper(void *arg) { (void)arg; acc = 10; return 0; }
static int outer(void *arg)
{
    (void)arg;
    thrd_t h;
    thrd_create(&h, helper, NULL);
    thrd_detach(h);
    return 0;
}
int main(void)
{
    thrd_t o;
    thrd_create(&o, outer, NULL);
    thrd_join(o, NULL);
    acc = 1;
    return acc;
}
