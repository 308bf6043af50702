/* TRUTH: free. st.slots[0] and st.slots[1] are distinct elements of a struct member array, each written by one thread. */
#include <pthread.h>
#include <stdio.h>
struct state { int flags; int slots[4]; };
static struct state st;

static void *a_fn(void *p) { (void)p; st.slots[0] = 11; return NULL; }
static void *b_fn(void *p) { (void)p; st.slots[1] = 22; return NULL; }

int main(void)
{
    pthread_t a, b;
    st.flags = 1;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", st.flags, st.slots[0], st.slots[1]);
    return 0;
}
