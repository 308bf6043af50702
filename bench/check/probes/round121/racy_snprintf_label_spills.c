/* TRUTH: racy — snprintf into the start of lbl with size sizeof lbl.name + sizeof lbl.tag writes a 15-char name across name[] into tag[]; the tagger thread reads lbl.tag concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define NAME_AND_TAG (sizeof(((struct label *)0)->name) + sizeof(((struct label *)0)->tag))

struct label {
    char name[8];
    char tag[8];
    int color;
};

static struct label lbl = { "init", "t0", 0 };

static void *tagger(void *arg)
{
    int *sum = arg;
    for (int i = 0; i < 200; i++) {
        *sum += lbl.tag[2];
        usleep(100);
    }
    return NULL;
}

static void *namer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        char *dst = (char *)&lbl;
        snprintf(dst, NAME_AND_TAG, "worker-%08d", i);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    int sum = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, tagger, &sum);
    pthread_create(&b, NULL, namer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %.15s\n", sum, lbl.name);
    return 0;
}
