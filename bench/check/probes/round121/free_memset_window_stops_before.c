/* TRUTH: free — memset(&st.rx, 0, sizeof st.rx + sizeof st.tx) clears rx and tx only; the error thread touches only st.err; main reads after join */
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
        memset(&st.rx, 0, sizeof st.rx + sizeof st.tx);
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
    printf("%u %u %u\n", st.rx, st.tx, st.err);
    return 0;
}
