/* TRUTH: free — ret is -1; `ret <= 0ul` is ULONG_MAX <= 0, false, so the then branch never runs; the else branch joins w before x = 3 */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    return -1;
}
int main(void)
{
    int ret = probe();
    if (ret <= 0ul) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
