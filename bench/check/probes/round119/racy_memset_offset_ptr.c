/* TRUTH: racy — the stats reset thread clears drops through (char *)&st + offsetof(drops) while the datapath increments st.drops */
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

static void reset_field(void *base, size_t off, size_t len)
{
    memset((char *)base + off, 0, len);
}

static void *admin(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        reset_field(&st, offsetof(struct port_stats, drops), sizeof st.drops);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, admin, NULL);
    for (int i = 0; i < 60; i++) {
        if (i % 3 == 0)
            st.drops++;
        else
            st.drops += 2;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("drops=%u\n", (unsigned)st.drops);
    return 0;
}
