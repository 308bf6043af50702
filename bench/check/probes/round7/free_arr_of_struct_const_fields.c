/* TRUTH: free. node[2].left and node[2].right are different fields of one element; node[0].left is another element; each written by one thread only. */
#include <pthread.h>
#include <stdio.h>
struct nd { int left; int right; };
static struct nd node[4];

static void *fa(void *p) { (void)p; node[2].left = 1; node[0].left = 5; return NULL; }
static void *fb(void *p) { (void)p; node[2].right = 2; node[0].right = 6; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fa, NULL);
    pthread_create(&b, NULL, fb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", node[2].left + node[0].left, node[2].right + node[0].right);
    return 0;
}
