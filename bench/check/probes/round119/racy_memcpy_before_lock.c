/* TRUTH: racy — the monitor copies the fields before the lock (id, state) with memcpy(.., offsetof(struct conn, lock)) while the connection thread changes conn.state unlocked */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct conn {
    uint32_t id;
    uint32_t state;
    pthread_mutex_t lock;
    uint64_t bytes;
};

struct conn_ident {
    uint32_t id;
    uint32_t state;
};

static struct conn conn0 = { 42, 0, PTHREAD_MUTEX_INITIALIZER, 0 };

static void *monitor(void *arg)
{
    struct conn_ident *out = arg;
    for (int i = 0; i < 60; i++) {
        memcpy(out, &conn0, offsetof(struct conn, lock));
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct conn_ident ident;
    pthread_create(&t, NULL, monitor, &ident);
    for (int i = 0; i < 60; i++) {
        conn0.state = (uint32_t)(i % 4); /* CONNECTING, UP, DRAINING, DOWN */
        pthread_mutex_lock(&conn0.lock);
        conn0.bytes += 512;
        pthread_mutex_unlock(&conn0.lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("state=%u id=%u\n", (unsigned)ident.state, (unsigned)ident.id);
    return 0;
}
