/* TRUTH: free — &absent (undefined weak) is NULL, so the `if (p)` branch never runs; the else branch joins w before x = 3 */
#include <pthread.h>
#include <stddef.h>
extern int absent __attribute__((weak));
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int *open_dev(void)
{
    pthread_create(&t, NULL, w, NULL);
    return &absent;
}
int main(void)
{
    int *p = open_dev();
    if (p) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
