/* TRUTH: free — thread a writes st.x, thread b writes st.y: distinct non-bit-field members are distinct memory locations */
#include <pthread.h>
static struct { int x; int y; } st;
static void *fa(void *arg)
{
    (void)arg;
    st.x = 1;
    return NULL;
}
static void *fb(void *arg)
{
    (void)arg;
    st.y = 2;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fa, NULL);
    pthread_create(&b, NULL, fb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return st.x + st.y;
}
