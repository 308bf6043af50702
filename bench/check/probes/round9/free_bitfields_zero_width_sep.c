/* TRUTH: free. A zero-width bit-field separates ready and error into distinct memory locations (C11 3.14), so the two threads' writes do not conflict. */
#include <pthread.h>
#include <stdio.h>

static struct {
    unsigned ready : 1;
    unsigned : 0;
    unsigned error : 1;
} st;

static void *set_ready(void *arg) { (void)arg; st.ready = 1; return NULL; }
static void *set_error(void *arg) { (void)arg; st.error = 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_ready, NULL);
    pthread_create(&b, NULL, set_error, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", st.ready, st.error);
    return 0;
}
