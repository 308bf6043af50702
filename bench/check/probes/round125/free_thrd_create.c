/* TRUTH: free — rc != thrd_success means w did not start, so x = 2 is alone; the success path joins before x = 3 */
#include <threads.h>
#include <stddef.h>
static thrd_t t;
static int x;
static int w(void *a) { (void)a; x = 1; return 0; }
int main(void)
{
    int rc = thrd_create(&t, w, NULL);
    if (rc != thrd_success) {
        x = 2;
        return 1;
    }
    thrd_join(t, NULL);
    x = 3;
    return 0;
}
