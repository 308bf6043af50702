/* TRUTH: free — !pthread_create(...) false means w was not started, so x = 2 runs alone; the started branch joins before x = 3 */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
int main(void)
{
    if (!pthread_create(&t, NULL, w, NULL)) {
        pthread_join(t, NULL);
        x = 3;
    } else {
        x = 2;
    }
    return 0;
}
