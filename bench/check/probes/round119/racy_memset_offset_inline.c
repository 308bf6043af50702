/* TRUTH: racy — memset((char *)&st + offsetof(struct port_stats, drops), 0, 4) writes st.drops while the datapath increments it */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct port_stats {
    uint32_t rx;
    uint32_t tx;
    uint32_t drops;
    uint32_t errors;
};

static struct port_stats st;

static void *admin(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        memset((char *)&st + offsetof(struct port_stats, drops), 0, sizeof(uint32_t));
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, admin, NULL);
    for (int i = 0; i < 60; i++) {
        st.drops++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("drops=%u\n", (unsigned)st.drops);
    return 0;
}
