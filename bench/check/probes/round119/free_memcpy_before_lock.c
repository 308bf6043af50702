/* TRUTH: free — memcpy(.., offsetof(struct conn, lock)) copies only id/state, which nobody writes after start; bytes (after the lock) is only touched under conn.lock */
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

static struct conn conn0 = { 42, 1, PTHREAD_MUTEX_INITIALIZER, 0 };

static void *monitor(void *arg)
{
    struct conn_ident *out = arg;
    uint64_t seen = 0;
    for (int i = 0; i < 60; i++) {
        memcpy(out, &conn0, offsetof(struct conn, lock));
        pthread_mutex_lock(&conn0.lock);
        seen = conn0.bytes;
        pthread_mutex_unlock(&conn0.lock);
        usleep(200);
    }
    return (void *)(uintptr_t)seen;
}

int main(void)
{
    pthread_t t;
    static struct conn_ident ident;
    pthread_create(&t, NULL, monitor, &ident);
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&conn0.lock);
        conn0.bytes += 512;
        pthread_mutex_unlock(&conn0.lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("state=%u id=%u bytes=%llu\n", (unsigned)ident.state, (unsigned)ident.id,
           (unsigned long long)conn0.bytes);
    return 0;
}
