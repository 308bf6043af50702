/* TRUTH: racy — the renamer thread strcpy()s into the global `title` while main prints it with printf("%s") before joining; renamer's writes vs main's reads of title[]. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static char title[32] = "untitled";

static void *renamer(void *arg)
{
    strcpy(title, (const char *)arg);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, renamer, "report-2024");
    printf("title: %s\n", title);
    pthread_join(t, NULL);
    return 0;
}
