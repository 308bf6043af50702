/* TRUTH: racy — p points at st.tx; memset(p, 0, sizeof st.tx + sizeof st.err) also clears st.err, which the error thread increments concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct link_state {
    unsigned rx;
    unsigned tx;
    unsigned err;
    unsigned mtu;
};

static struct link_state st = { 0, 0, 0, 1500 };

static void *err_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        st.err++;
        usleep(100);
    }
    return NULL;
}

static void *reset_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        unsigned char *p = (unsigned char *)&st.tx;
        memset(p, 0, sizeof st.tx + sizeof st.err);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, err_thread, NULL);
    pthread_create(&b, NULL, reset_thread, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", st.tx, st.err);
    return 0;
}
