// A library call given a struct's address and a constant length shorter than the struct
// reaches the fields that start in those bytes, no other: write(fd, &h, sizeof h.magic)
// reads the magic only, memcpy(&d, &port, offsetof(struct port, lock)) the name and flags.
// A length that is a constant expression of value 0 (TRACE ? sizeof x : 0) reaches nothing.
// Before, each read the whole struct, and the worker's writes of the later fields were
// definite races with it.
#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#define TRACE 0
#define TRACE_BYTES(x) (TRACE ? sizeof(x) : 0)

struct hdr { uint32_t magic; uint32_t len; };
struct port { char name[16]; int flags; pthread_mutex_t lock; long rx; };
static struct hdr gh;
static struct port gport = { "eth0", 3, PTHREAD_MUTEX_INITIALIZER, 0 };
static long packets;

static void *worker(void *arg)
{
    (void)arg;
    gh.len = 7; // NORACE: main writes only the magic's bytes
    pthread_mutex_lock(&gport.lock);
    gport.rx++; // NORACE: main copies only the bytes before the lock
    pthread_mutex_unlock(&gport.lock);
    packets++; // NORACE: main writes none of its bytes
    gport.flags = 1; // RACE (definite): main's copy starts with it
    return NULL;
}

int main(void)
{
    pthread_t t;
    int fd = open("/dev/null", O_WRONLY);
    gh.magic = 0x57454654u;
    pthread_create(&t, NULL, worker, NULL);
    long sent = write(fd, &gh, sizeof gh.magic);
    struct port head;
    memcpy(&head, &gport, offsetof(struct port, lock)); // RACE (definite)
    sent += write(fd, &packets, TRACE_BYTES(packets));
    pthread_join(t, NULL);
    close(fd);
    return (int)sent + head.flags;
}
