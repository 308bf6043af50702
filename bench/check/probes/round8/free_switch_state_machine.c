/* TRUTH: free. Each state transition of the connection reads and writes conn.state under conn.lock; the event loop of both threads holds the lock around the whole switch. */
#include <pthread.h>

enum state { IDLE, CONNECTING, OPEN, CLOSING, CLOSED };

static struct {
    pthread_mutex_t lock;
    enum state state;
    long bytes;
    int transitions;
} conn = { PTHREAD_MUTEX_INITIALIZER, IDLE, 0, 0 };

static int step(int ev)
{
    int done = 0;
    pthread_mutex_lock(&conn.lock);
    switch (conn.state) {
    case IDLE:
        conn.state = CONNECTING;
        break;
    case CONNECTING:
        if (ev & 1)
            conn.state = OPEN;
        else
            conn.state = IDLE;
        break;
    case OPEN:
        conn.bytes += ev;
        if (ev > 40)
            conn.state = CLOSING;
        break;
    case CLOSING:
        conn.bytes = 0;
        conn.state = CLOSED;
        break;
    case CLOSED:
    default:
        done = 1;
        break;
    }
    conn.transitions++;
    pthread_mutex_unlock(&conn.lock);
    return done;
}

static void *driver(void *arg)
{
    int seed = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        if (step((seed + i * 7) % 50))
            break;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, driver, (void *)1L);
    pthread_create(&b, NULL, driver, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return conn.state != CLOSED;
}
