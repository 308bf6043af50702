/* TRUTH: free — fwrite(&rec, 1, sizeof rec.id, f) reads only the 4 bytes of id; the producer rewrites len and stamp, which start after them */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct journal_rec {
    uint32_t id;
    uint32_t len;
    uint64_t stamp;
    char payload[32];
};

static struct journal_rec rec = { 7, 0, 0, "boot" };
static FILE *journal;

static void *journal_writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        if (fwrite(&rec, 1, sizeof rec.id, journal) != sizeof rec.id)
            perror("fwrite");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    journal = fopen("/dev/null", "w");
    if (!journal)
        return 1;
    pthread_create(&t, NULL, journal_writer, NULL);
    for (int i = 0; i < 60; i++) {
        rec.len = (uint32_t)(16 + i);
        rec.stamp += 1000;
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(journal);
    printf("len=%u\n", (unsigned)rec.len);
    return 0;
}
