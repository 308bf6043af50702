/* TRUTH: free — two threads write different non-bit-field members of one struct (distinct memory locations) */
#include <pthread.h>
struct pair { int left; char pad; int right; };
static struct pair p;
static void *a(void *x) { (void)x; for (int i = 0; i < 10; i++) p.left += i; return NULL; }
static void *b(void *x) { (void)x; for (int i = 0; i < 10; i++) p.right -= i; p.pad = 'x'; return NULL; }
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, a, NULL);
    pthread_create(&t2, NULL, b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return p.left + p.right;
}
