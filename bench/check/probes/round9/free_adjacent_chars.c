/* TRUTH: free. The two threads write different char members of a struct, which are separate memory locations. */
#include <pthread.h>
#include <stdio.h>

static struct {
    char a;
    char b;
} flags;

static void *set_a(void *arg) { (void)arg; flags.a = 1; return NULL; }
static void *set_b(void *arg) { (void)arg; flags.b = 1; return NULL; }

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, set_a, NULL);
    pthread_create(&y, NULL, set_b, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", flags.a, flags.b);
    return 0;
}
