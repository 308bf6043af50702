/* TRUTH: free — a nonzero rc (an error number) means w was not started, so x = 2 there is alone; rc == 0 joins before x = 3 */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
int main(void)
{
    int rc = pthread_create(&t, NULL, w, NULL);
    if (rc > 0) {
        x = 2;
        return 1;
    }
    pthread_join(t, NULL);
    x = 3;
    return 0;
}
