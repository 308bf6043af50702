/* TRUTH: free. The two fields are separated by a zero-width bit-field, so they are distinct memory locations and each is written by one thread only. */
#include <pthread.h>

struct status {
    unsigned ready : 4;
    unsigned : 0;
    unsigned error : 4;
};

static struct status st;

static void *set_ready(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        st.ready = i & 15;
    return NULL;
}

static void *set_error(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        st.error = (i * 3) & 15;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_ready, NULL);
    pthread_create(&b, NULL, set_error, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return st.ready + st.error;
}
