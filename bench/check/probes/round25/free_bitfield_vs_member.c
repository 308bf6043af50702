/* TRUTH: race-free. rec.bits is a bit-field and rec.tag an ordinary char member next to it: a non-bit-field member is its own memory location (C11 3.14), so setter's writes of rec.bits and tagger's writes of rec.tag do not conflict. */
#include <pthread.h>
#include <stdio.h>

struct record {
    unsigned bits : 5;
    char tag;
} rec;

void *setter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        rec.bits = i & 31;
    return NULL;
}

void *tagger(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        rec.tag = (char)('a' + i % 26);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, setter, NULL);
    pthread_create(&b, NULL, tagger, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %c\n", rec.bits, rec.tag);
    return 0;
}
