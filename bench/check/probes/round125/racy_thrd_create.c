/* TRUTH: racy — thrd_create returning thrd_success means w started; that branch writes x before joining */
#include <threads.h>
#include <stddef.h>
static thrd_t t;
static int x;
static int w(void *a) { (void)a; x = 1; return 0; }
int main(void)
{
    if (thrd_create(&t, w, NULL) == thrd_success) {
        x = 2;
        thrd_join(t, NULL);
    }
    return 0;
}
