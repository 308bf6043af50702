/* TRUTH: free. The trampoline calls each closure's function; the two functions write different globals. */
#include <pthread.h>

typedef void (*fn_t)(int);
typedef struct { fn_t fn; int arg; } closure_t;

static int out_a, out_b;

static void set_a(int v) { out_a = v; }
static void set_b(int v) { out_b = v; }

static void *trampoline(void *p)
{
    closure_t *c = p;
    c->fn(c->arg);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    static closure_t c1 = { set_a, 1 }, c2 = { set_b, 2 };
    pthread_create(&t1, NULL, trampoline, &c1);
    pthread_create(&t2, NULL, trampoline, &c2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return out_a + out_b;
}
